#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "UnpicklingError: invalid load key, 'v'." from a Git LFS pointer on a CPU.

A clone made without git-lfs holds, in place of each large file, a short text
pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md):

    version https://git-lfs.github.com/spec/v1
    oid sha256:<64 hex digits of the real file>
    size <bytes of the real file>

torch.load(..., weights_only=False) hands it to pickle, whose first byte is the
"v" of "version".

  python repro.py          # torch.load on the pointer fails
  python repro.py --fixed  # replace the pointer by the object it names (what `git lfs pull` does), check, load
"""
import hashlib
import io
import os
import sys
import tempfile

import torch


def real_checkpoint_bytes() -> bytes:
    buffer = io.BytesIO()
    torch.save({"linear.weight": torch.zeros(4, 4), "linear.bias": torch.zeros(4)}, buffer)
    return buffer.getvalue()


def pointer_for(data: bytes) -> str:
    return (
        "version https://git-lfs.github.com/spec/v1\n"
        f"oid sha256:{hashlib.sha256(data).hexdigest()}\n"
        f"size {len(data)}\n"
    )


def looks_like_lfs_pointer(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(40).startswith(b"version https://git-lfs.github.com/spec/")


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    real = real_checkpoint_bytes()
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "pytorch_model.bin")
        with open(path, "w") as f:
            f.write(pointer_for(real))
        if fixed:
            assert looks_like_lfs_pointer(path)
            with open(path) as f:
                oid = f.read().split("oid sha256:")[1].split()[0]
            with open(path, "wb") as f:  # the object `git lfs pull` would check out
                f.write(real)
            with open(path, "rb") as f:
                assert hashlib.sha256(f.read()).hexdigest() == oid
            print("fixed: replaced the git-lfs pointer by the real file; its sha256 matches the pointer's oid")
        state = torch.load(path, map_location="cpu", weights_only=False)
    if fixed:
        print(f"fixed: torch.load read {len(state)} tensors")


if __name__ == "__main__":
    main()
