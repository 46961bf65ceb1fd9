#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "... is not a local folder and is not a valid model identifier" against a local stand-in for the Hub.

Nothing leaves the machine: a small HTTP server on 127.0.0.1 answers every request the way
huggingface.co answers an anonymous request for a repo that does not exist (or is private):
status 401 with X-Error-Code: RepoNotFound and X-Error-Message: Invalid username or password.
HF_ENDPOINT points huggingface_hub at it.

A tiny model is saved to <tmp>/project/models/tiny-llama and the script runs from <tmp>/other:

  python repro.py          from_pretrained("models/tiny-llama"): a relative path that does not exist
                           from the current directory is taken for a repo id, and the Hub says 401
  python repro.py --none   from_pretrained(None), as when a config value was never set: the id "None"
  python repro.py --missing-path
                           from_pretrained("./models/tiny-llama"): a ./ path with two slashes that does not
                           exist from here fails huggingface_hub's repo id check (HFValidationError) before any
                           request is sent
  python repro.py --fixed  the same folder given as an absolute path: loaded locally, no request sent
"""
import http.server
import os
import sys
import tempfile
import threading


REQUESTS: list[str] = []  # paths the stand-in was asked for


class StandInHub(http.server.BaseHTTPRequestHandler):
    """Answers as the Hub does for an anonymous request to a repo it will not show."""

    def _answer(self) -> None:
        REQUESTS.append(self.path)
        self.send_response(401)
        self.send_header("X-Error-Code", "RepoNotFound")
        self.send_header("X-Error-Message", "Invalid username or password.")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = _answer
    do_GET = _answer

    def log_message(self, *args) -> None:  # keep the output to the traceback
        pass


def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandInHub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = tempfile.mkdtemp(prefix="tracebook-model-id-")
    # huggingface_hub reads these once, at import: set them first.
    os.environ["HF_ENDPOINT"] = f"http://127.0.0.1:{server.server_address[1]}"
    os.environ["HF_HOME"] = os.path.join(root, "hf_home")  # empty cache, no stored token
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        os.environ.pop(name, None)

    from transformers import AutoConfig, LlamaConfig

    project = os.path.join(root, "project")
    LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                num_key_value_heads=2, vocab_size=64).save_pretrained(os.path.join(project, "models", "tiny-llama"))
    os.makedirs(os.path.join(root, "other"))
    os.chdir(os.path.join(root, "other"))  # the job runs from another directory than the project

    if "--fixed" in sys.argv:
        path = os.path.join(project, "models", "tiny-llama")  # absolute: never taken for a repo id
        config = AutoConfig.from_pretrained(path)
        print(f"fixed: loaded {type(config).__name__} from the absolute path {path}; "
              f"requests to the Hub: {len(REQUESTS)}")
    elif "--none" in sys.argv:
        AutoConfig.from_pretrained(None)
    elif "--missing-path" in sys.argv:
        AutoConfig.from_pretrained("./models/tiny-llama")
    else:
        AutoConfig.from_pretrained("models/tiny-llama")


if __name__ == "__main__":
    main()
