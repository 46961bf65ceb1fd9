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
  python repro.py --fixed  # no wrapper: torch.load gets the path and loads

The --fixed run shows only that torch.load, handed the checkpoint's path with
mmap=True (no wrapper in between), loads; a pass-through spy prints what
torch.load received. It does not run OpenCompass, which is not installable here.
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


def install_spy(calls: list) -> None:
    """Record what torch.load receives, then call it unchanged."""
    real_load = torch.load

    def load(f, *args, **kwargs):
        calls.append((type(f).__name__, kwargs.get("mmap")))
        return real_load(f, *args, **kwargs)

    torch.load = load


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as root:
        path = build_bin_checkpoint(root)
        calls: list = []
        if fixed:
            install_spy(calls)
        else:
            install_opencompass_style_wrapper()
        LlamaForCausalLM.from_pretrained(path)
    for kind, mmap in calls:
        print(f"fixed: torch.load received a {kind} with mmap={mmap} and from_pretrained loaded the .bin checkpoint")


if __name__ == "__main__":
    main()
