// Calls SOAP operations with node-soap (npm's `soap`), each from nothing but its WSDL URL. One call per line of
// stdin: key TAB wsdl-url TAB service TAB port TAB operation; one line out per call: key TAB OK TAB the answer as
// JSON, or key TAB FAIL TAB what went wrong.
const soap = require('soap');

async function call(line) {
  const [key, wsdl, service, port, operation] = line.split('\t');
  try {
    const client = await soap.createClientAsync(wsdl);
    const method = client[service][port][operation];
    const answer = await new Promise((resolve, reject) =>
      method({}, (error, result) => (error ? reject(error) : resolve(result))));
    return key + '\tOK\t' + JSON.stringify(answer === undefined ? null : answer);
  } catch (e) {
    return key + '\tFAIL\t' + String(e && e.message ? e.message : e).replace(/\n/g, ' ');
  }
}

(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.length > 0);
  for (const line of lines) console.log(await call(line));
})();
