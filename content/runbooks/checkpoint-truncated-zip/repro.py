#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "PytorchStreamReader failed reading zip archive: failed finding central directory" on a CPU.

torch.save writes a zip archive whose central directory (the index of its
members) sits at the very end. A download or copy that stops early, or a save
interrupted by a killed job or a full disk, leaves a file without it.

  python repro.py                 # from_pretrained on a folder whose pytorch_model.bin is cut to half its size
  python repro.py --torch-load    # plain torch.load on the same cut file
  python repro.py --corrupt-header  # whole length, but one record's header damaged (bytes changed on the way)
  python repro.py --fixed         # compare size and sha256 with the source, fetch the whole file again, load
"""
import hashlib
import os
import sys
import tempfile
import zipfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM


def main() -> None:
    args = sys.argv[1:]
    fixed = "--fixed" in args
    with tempfile.TemporaryDirectory() as root:
        config = LlamaConfig(vocab_size=1024, hidden_size=128, intermediate_size=256, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)
        source = os.path.join(root, "source.bin")
        torch.save(LlamaForCausalLM(config).state_dict(), source)  # about 1.7 MB: large enough that miniz searches only its tail
        with open(source, "rb") as f:
            full = f.read()
        expected_size, expected_sha = len(full), hashlib.sha256(full).hexdigest()  # what the Hub lists for the file

        model_dir = os.path.join(root, "model")
        os.makedirs(model_dir)
        config.save_pretrained(model_dir)
        path = os.path.join(model_dir, "pytorch_model.bin")
        if "--corrupt-header" in args:
            damaged = bytearray(full)
            with zipfile.ZipFile(source) as z:
                record = next(i for i in z.infolist() if i.filename.endswith("/data/0"))
            damaged[record.header_offset : record.header_offset + 4] = b"\0\0\0\0"  # its local header signature
            with open(path, "wb") as f:
                f.write(damaged)
            torch.load(path, map_location="cpu")
            return
        with open(path, "wb") as f:
            f.write(full[: len(full) // 2])  # the download stopped half-way

        if fixed:
            size = os.path.getsize(path)
            assert size != expected_size and not zipfile.is_zipfile(path)
            with open(path, "wb") as f:  # download the whole file again
                f.write(full)
            with open(path, "rb") as f:
                assert hashlib.sha256(f.read()).hexdigest() == expected_sha
            print(f"fixed: the file had {size} of {expected_size} bytes; fetched it again and its sha256 matches")
        if "--torch-load" in args:
            torch.load(path, map_location="cpu")
        else:
            LlamaForCausalLM.from_pretrained(model_dir)
    if fixed:
        print("fixed: the checkpoint loaded")


if __name__ == "__main__":
    main()
