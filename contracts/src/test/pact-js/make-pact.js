// Writes ../resources/pact-js/pact-js-consumer-superoffice.json: a consumer's pact made with pact-js, as a
// JavaScript team makes one, for docmock's check-pact tests (the file is committed; the tests do not run this).
// Run here: npm ci && node make-pact.js (node 18 or newer, for fetch).
const fs = require('fs');
const path = require('path');
const { PactV4, MatchersV3, XmlBuilder } = require('@pact-foundation/pact');
const { like, integer, boolean, string } = MatchersV3;

const SERVICES88 = 'http://www.superoffice.net/ws/crm/NetServer/Services88';

const pact = new PactV4({
  consumer: 'pact-js-consumer',
  provider: 'superoffice',
  dir: path.resolve(__dirname, '../resources/pact-js'),
  logLevel: 'warn',
});

async function main() {
  // pact-js merges into an existing file; the fixture is made afresh
  fs.rmSync(path.resolve(__dirname, '../resources/pact-js/pact-js-consumer-superoffice.json'), { force: true });
  await pact
    .addInteraction()
    .uponReceiving('a password change e-mail')
    .withRequest('POST', '/api/v1/Agents/User/SendChangePasswordEMail', (builder) => {
      builder.headers({ 'Content-Type': 'application/json' }).jsonBody({ AssociateId: integer(7) });
    })
    .willRespondWith(200, (builder) => {
      builder.headers({ 'Content-Type': 'application/json; charset=utf-8' })
        .jsonBody({ Success: boolean(true), Message: string('sent') });
    })
    .executeTest(async (mock) => {
      const answer = await fetch(mock.url + '/api/v1/Agents/User/SendChangePasswordEMail', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ AssociateId: 7 }),
      });
      if (answer.status !== 200) throw new Error('status ' + answer.status);
    });

  const envelope = (operation) => new XmlBuilder('1.0', 'UTF-8', 'soap:Envelope').build((root) => {
    root.setAttributes({ 'xmlns:soap': 'http://schemas.xmlsoap.org/soap/envelope/', 'xmlns:u': SERVICES88 });
    root.appendElement('soap:Body', {}, (body) => body.appendElement(operation.name, {}, operation.children));
  });
  const request = envelope({ name: 'u:ChangePassword', children: (op) => {
    op.appendElement('u:AssociateId', {}, '7');
    op.appendElement('u:NewPassword', {}, 'secret');
  } });
  await pact
    .addInteraction()
    .uponReceiving('a password change over SOAP 1.1')
    .withRequest('POST', '/Remote/Services88/User.svc', (builder) => {
      builder.headers({ 'Content-Type': 'text/xml; charset=utf-8' }).xmlBody(request);
    })
    .willRespondWith(200, (builder) => {
      builder.headers({ 'Content-Type': 'text/xml; charset=utf-8' })
        .xmlBody(envelope({ name: 'u:ChangePasswordResponse', children: (op) => {
          op.appendElement('u:Response', {}, 'false');
        } }));
    })
    .executeTest(async (mock) => {
      const body = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:u="' + SERVICES88
        + '"><soap:Body><u:ChangePassword><u:AssociateId>7</u:AssociateId><u:NewPassword>secret</u:NewPassword>'
        + '</u:ChangePassword></soap:Body></soap:Envelope>';
      const answer = await fetch(mock.url + '/Remote/Services88/User.svc', {
        method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body,
      });
      if (answer.status !== 200) throw new Error('status ' + answer.status + ' ' + await answer.text());
    });
}

main().catch((e) => { console.error(e); process.exit(1); });
