#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "f must be a ... in order to use the mmap argument" on a CPU.

transformers' load_state_dict() calls torch.load(path, mmap=True) for a zip
(.bin) checkpoint. OpenCompass <= 0.2.1 wrapped torch.load so that a str path
was replaced by io.BytesIO(file bytes) before the real torch.load ran; torch
refuses mmap=True for anything that is not a path. This script installs a
wrapper of the same shape (opencompass/utils/fileio.py, tag 0.2.1, L100-104)
around a tiny model saved as pytorch_model.bin.

  python repro.py          # fails with the ValueError
  python repro.py --fixed  # no wrapper (OpenCompass >= 0.2.2): loads
"""
import io
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM


def build_bin_checkpoint(root: str) -> str:
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
    )
    model = LlamaForCausalLM(config)
    path = os.path.join(root, "tiny-llama")
    os.makedirs(path)
    config.save_pretrained(path)
    # A .bin (torch zip) checkpoint, as internlm2-chat-7b ships it.
    torch.save(model.state_dict(), os.path.join(path, "pytorch_model.bin"))
    return path


def install_opencompass_style_wrapper() -> None:
    real_load = torch.load

    def load(f, *args, **kwargs):
        if isinstance(f, str):
            with open(f, "rb") as fh:
                f = io.BytesIO(fh.read())
        return real_load(f, *args, **kwargs)

    torch.load = load


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as root:
        path = build_bin_checkpoint(root)
        if not fixed:
            install_opencompass_style_wrapper()
        LlamaForCausalLM.from_pretrained(path)
    if fixed:
        print("fixed: from_pretrained loaded the .bin checkpoint with mmap=True once torch.load got the path")


if __name__ == "__main__":
    main()
