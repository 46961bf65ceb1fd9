#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce huggingface_hub's RepositoryNotFoundError against a local stand-in for the Hub.

Nothing leaves the machine: a small HTTP server on 127.0.0.1 holds one public *dataset* repo,
tracebook/chat-eval, and answers every other request the way huggingface.co answers an anonymous
request for a repo it will not show: status 401 with X-Error-Code: RepoNotFound and
X-Error-Message: Invalid username or password. HF_ENDPOINT points huggingface_hub at it.

  python repro.py          hf_hub_download("tracebook/chat-eval", "README.md"): no repo_type, so the
                           model URL is asked for, and there is no model of that name
  python repro.py --fixed  the same call with repo_type="dataset": the file downloads
"""
import hashlib
import http.server
import os
import sys
import tempfile
import threading

DATASET = "tracebook/chat-eval"
README = b"# chat-eval\nA stand-in dataset card.\n"
COMMIT = "b" * 40


class StandInHub(http.server.BaseHTTPRequestHandler):
    def _answer(self, with_body: bool) -> None:
        if self.path == f"/datasets/{DATASET}/resolve/main/README.md":
            self.send_response(200)
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("ETag", '"' + hashlib.sha256(README).hexdigest() + '"')
            self.send_header("Content-Length", str(len(README)))
            self.end_headers()
            if with_body:
                self.wfile.write(README)
            return
        self.send_response(401)
        self.send_header("X-Error-Code", "RepoNotFound")
        self.send_header("X-Error-Message", "Invalid username or password.")
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
    os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="tracebook-repo-not-found-")  # empty cache, no token
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        os.environ.pop(name, None)

    from huggingface_hub import hf_hub_download

    if "--fixed" in sys.argv:
        path = hf_hub_download(DATASET, "README.md", repo_type="dataset")
        print(f"fixed: downloaded README.md of the dataset repo {DATASET} with repo_type='dataset' to {path}")
    else:
        hf_hub_download(DATASET, "README.md")


if __name__ == "__main__":
    main()
