# Calls SOAP operations with zeep, each from nothing but its WSDL URL. One call per line of stdin:
#   key TAB wsdl-url TAB service TAB port TAB operation
# and one line out per call: key TAB OK TAB the answer as JSON, or key TAB FAIL TAB what went wrong.
import json
import sys

import zeep
from zeep.helpers import serialize_object

clients = {}
for line in sys.stdin.read().splitlines():
    key, wsdl, service, port, operation = line.split("\t")
    try:
        if wsdl not in clients:
            clients[wsdl] = zeep.Client(wsdl)
        proxy = clients[wsdl].bind(service, port)
        answer = serialize_object(getattr(proxy, operation)())
        print(key + "\tOK\t" + json.dumps(answer, default=str, sort_keys=True), flush=True)
    except Exception as e:  # any failure is this call's, not the run's
        print(key + "\tFAIL\t" + (type(e).__name__ + ": " + str(e)).replace("\n", " "), flush=True)
