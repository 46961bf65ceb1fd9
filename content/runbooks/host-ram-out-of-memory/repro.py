#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "DefaultCPUAllocator: can't allocate memory" on a CPU, safely.

Building a model on the CPU allocates every weight in host RAM at once. Here the
config asks for float32 weights of about 32 TiB, far beyond this machine's RAM
and swap, so Linux's default (heuristic) overcommit refuses the allocation at
once and no memory is touched. A model a little larger than the free RAM does
not fail this way: its pages are allocated lazily, and the kernel's OOM killer
ends the process with SIGKILL ("Killed"), which this script never provokes.

  python repro.py          # LlamaForCausalLM(config) on the CPU: the allocator refuses
  python repro.py --fixed  # the same model built on the meta device, which holds no data
"""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM

# embed_tokens alone: 2**31 rows x 4096 x 4 bytes = 32 TiB.
CONFIG = LlamaConfig(vocab_size=2**31, hidden_size=4096, intermediate_size=11008, num_hidden_layers=1,
                     num_attention_heads=32, num_key_value_heads=32, tie_word_embeddings=True)


def main() -> None:
    if "--fixed" in sys.argv[1:]:
        with torch.device("meta"):  # what from_pretrained does before it streams weights to their devices
            model = LlamaForCausalLM(CONFIG)
        print(f"fixed: built on the meta device: {model.model.embed_tokens.weight.device}, no host memory allocated")
        return
    LlamaForCausalLM(CONFIG)


if __name__ == "__main__":
    main()
