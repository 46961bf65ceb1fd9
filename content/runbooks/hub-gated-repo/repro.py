#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "You are trying to access a gated repo" against a local stand-in for the Hub.

Nothing leaves the machine: a small HTTP server on 127.0.0.1 answers the way huggingface.co
answers for a gated repository (status 401 or 403 with the headers X-Error-Code: GatedRepo and
X-Error-Message, which huggingface_hub's hf_raise_for_status turns into GatedRepoError), and
HF_ENDPOINT points huggingface_hub at it. The repo id is only a name here.

  python repro.py                         no token: 401, "You must have access to it and be authenticated"
  python repro.py --token-without-access  a token whose account was not granted access: 403,
                                          "you are not in the authorized list"
  python repro.py --use-auth-token        the granted token passed as use_auth_token=..., the
                                          transformers 4.x argument: transformers 5 drops it
                                          silently, no token is sent, and the 401 stays
  python repro.py --fixed                 a token whose account was granted access (HF_TOKEN):
                                          the stand-in serves config.json and the load works
"""
import hashlib
import http.server
import json
import os
import sys
import tempfile
import threading

REPO = "meta-llama/Llama-3.2-1B"
GRANTED_TOKEN = "hf_granted_stand_in_token"
OTHER_TOKEN = "hf_not_granted_stand_in_token"
COMMIT = "a" * 40
CONFIG = json.dumps({
    "model_type": "llama", "hidden_size": 16, "intermediate_size": 32, "num_hidden_layers": 1,
    "num_attention_heads": 2, "num_key_value_heads": 2, "vocab_size": 64,
}).encode()


class StandInHub(http.server.BaseHTTPRequestHandler):
    """Answers every request for REPO as the Hub does for a gated repo."""

    def _answer(self, with_body: bool) -> None:
        auth = self.headers.get("Authorization", "")
        if auth == f"Bearer {GRANTED_TOKEN}" and self.path.endswith("/config.json"):
            self.send_response(200)
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("ETag", '"' + hashlib.sha256(CONFIG).hexdigest() + '"')
            self.send_header("Content-Length", str(len(CONFIG)))
            self.end_headers()
            if with_body:
                self.wfile.write(CONFIG)
            return
        if auth:  # authenticated, but the account is not on the repo's access list
            status = 403
            message = (f"Access to model {REPO} is restricted and you are not in the authorized list. "
                       f"Visit https://huggingface.co/{REPO} to ask for access.")
        else:
            status = 401
            message = (f"Access to model {REPO} is restricted. You must have access to it and be "
                       "authenticated to access it. Please log in.")
        self.send_response(status)
        self.send_header("X-Error-Code", "GatedRepo")
        self.send_header("X-Error-Message", message)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def log_message(self, *args) -> None:  # keep the output to the traceback
        pass


def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandInHub)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    # huggingface_hub reads these once, at import: set them first.
    os.environ["HF_ENDPOINT"] = f"http://127.0.0.1:{server.server_address[1]}"
    os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="tracebook-gated-")  # empty cache, no stored token
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        os.environ.pop(name, None)
    if "--fixed" in sys.argv:
        os.environ["HF_TOKEN"] = GRANTED_TOKEN
    elif "--token-without-access" in sys.argv:
        os.environ["HF_TOKEN"] = OTHER_TOKEN

    from transformers import AutoConfig

    if "--use-auth-token" in sys.argv:
        config = AutoConfig.from_pretrained(REPO, use_auth_token=GRANTED_TOKEN)
    else:
        config = AutoConfig.from_pretrained(REPO)
    print(f"fixed: loaded {type(config).__name__} for {REPO} with a token that has access")


if __name__ == "__main__":
    main()
