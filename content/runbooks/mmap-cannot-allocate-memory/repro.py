#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "unable to mmap N bytes from file <...>: Cannot allocate memory (12)" on a CPU.

A model load memory-maps each checkpoint file; the kernel refuses the mapping
with ENOMEM when the process may not have that much more memory. Here the
limit is an address-space cap (RLIMIT_AS, what `ulimit -v` sets) a little
above what the process already uses, so a ~70 MB checkpoint cannot be mapped.
On real machines the same errno also comes from strict overcommit accounting
or from too little RAM + swap (see the runbook).

  python repro.py               # .bin checkpoint: torch.load(mmap=True) fails
  python repro.py --safetensors # safetensors 0.8 checkpoint: MemoryError
  python repro.py --fixed       # no address-space cap: the same load works
"""
import os
import resource
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()  # keep the failing run's output to the traceback

HEADROOM = 16 * 2**20  # bytes of address space allowed beyond current use


def build_checkpoint(root: str, safetensors: bool) -> str:
    config = LlamaConfig(
        vocab_size=32000, hidden_size=512, intermediate_size=64,
        num_hidden_layers=1, num_attention_heads=4, num_key_value_heads=4,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)
    path = os.path.join(root, "tiny-llama")
    os.makedirs(path)
    if safetensors:
        model.save_pretrained(path)
    else:
        config.save_pretrained(path)
        torch.save(model.state_dict(), os.path.join(path, "pytorch_model.bin"))
    return path


def current_address_space() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


def main() -> None:
    args = sys.argv[1:]
    fixed = "--fixed" in args
    with tempfile.TemporaryDirectory() as root:
        path = build_checkpoint(root, safetensors="--safetensors" in args)
        if not fixed:
            # What `ulimit -v` does to a job: cap the address space.
            limit = current_address_space() + HEADROOM
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
        LlamaForCausalLM.from_pretrained(path)
    if fixed:
        print("fixed: with no address-space cap the checkpoint mapping succeeds and from_pretrained loads")


if __name__ == "__main__":
    main()
