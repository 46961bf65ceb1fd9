#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "invalid load key, '<'" from an HTML page saved as the checkpoint, on a CPU.

A download link that answers with a web page (a confirmation, quota, login or
"blob" view page) instead of the file leaves HTML under the weights' file name.

  python repro.py                      # torch.load with the default weights_only=True: "Unsupported operand 60"
  python repro.py --weights-only-false # the same file with weights_only=False: "invalid load key, '<'."
  python repro.py --fixed              # detect the page, replace it with the real file, check it is a zip, load
"""
import io
import os
import sys
import tempfile
import zipfile

import torch

# A page of the kind a file host serves instead of the file; written here, nothing is downloaded.
HTML_PAGE = """<!DOCTYPE html><html><head><title>Download warning</title></head>
<body><p>This file is too large to scan. <a href="?confirm=t">Download anyway</a></p></body></html>
"""


def real_checkpoint_bytes() -> bytes:
    buffer = io.BytesIO()
    torch.save({"linear.weight": torch.zeros(4, 4)}, buffer)
    return buffer.getvalue()


def main() -> None:
    args = sys.argv[1:]
    fixed = "--fixed" in args
    weights_only = "--weights-only-false" not in args
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "model.pth")
        with open(path, "w") as f:
            f.write(HTML_PAGE)
        if fixed:
            with open(path, "rb") as f:
                head = f.read(64).lstrip()
            assert head.startswith(b"<"), head
            with open(path, "wb") as f:  # what a download of the direct file link writes
                f.write(real_checkpoint_bytes())
            assert zipfile.is_zipfile(path)
            print("fixed: the saved file was an HTML page; replaced it with the real checkpoint (a torch zip archive)")
        state = torch.load(path, map_location="cpu", weights_only=weights_only)
    if fixed:
        print(f"fixed: torch.load read {len(state)} tensors")


if __name__ == "__main__":
    main()
