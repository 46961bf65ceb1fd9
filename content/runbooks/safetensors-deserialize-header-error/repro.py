#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "SafetensorError: Error while deserializing header: ..." on a CPU.

A tiny model is saved with save_pretrained (model.safetensors), then the
weights file is replaced the way it happens in practice:

  python repro.py              # git-lfs pointer instead of the weights -> header too large (HeaderTooLarge)
  python repro.py --truncated  # download cut in the middle             -> incomplete metadata (MetadataIncompleteBuffer)
  python repro.py --html       # an error page saved as the weights      -> header too large (HeaderTooLarge)
  python repro.py --pickle     # a torch.save (.bin/.ckpt) file read as safetensors -> header too large (HeaderTooLarge)
  python repro.py --fixed      # the real file back (what `git lfs pull` or a re-download does) -> loads
"""
import os
import shutil
import struct
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import LlamaConfig, LlamaForCausalLM
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()  # keep the failing run's output to the traceback

LFS_POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 2471645608\n"
)


def main() -> None:
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "tiny-llama")
        config = LlamaConfig(
            vocab_size=64, hidden_size=16, intermediate_size=32,
            num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
        )
        LlamaForCausalLM(config).save_pretrained(path)
        weights = os.path.join(path, "model.safetensors")
        good = os.path.join(root, "model.safetensors.good")
        shutil.copy(weights, good)

        if "--truncated" in args:
            with open(good, "rb") as f:
                data = f.read()
            with open(weights, "wb") as f:
                f.write(data[: len(data) // 2])  # an interrupted copy or download
        elif "--pickle" in args:
            import torch

            # A torch checkpoint (zip-based pickle, as .bin/.ckpt/.pt files are) under the safetensors name.
            torch.save(LlamaForCausalLM(config).state_dict(), weights)
            with open(weights, "rb") as f:
                head = f.read(8)
            print(f"first 8 bytes {head!r} read as the header length: {struct.unpack('<Q', head)[0]}")
        elif "--html" in args:
            with open(weights, "w") as f:
                f.write("<!DOCTYPE html>\n<html><head><title>Access denied</title></head></html>\n")
        else:
            with open(weights, "w") as f:
                f.write(LFS_POINTER)  # a clone made without git-lfs installed

        if "--fixed" in args:
            shutil.copy(good, weights)  # stands in for `git lfs pull` / a fresh download
            LlamaForCausalLM.from_pretrained(path)
            with open(weights, "rb") as f:
                header_length = struct.unpack("<Q", f.read(8))[0]
            print(f"fixed: model.safetensors is {os.path.getsize(weights)} bytes with a {header_length}-byte header, and from_pretrained loads it")
            return
        LlamaForCausalLM.from_pretrained(path)


if __name__ == "__main__":
    main()
