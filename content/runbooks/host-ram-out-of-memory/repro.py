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

The run-time case: a tiny model that loads in kilobytes, fed one input so long that
one activation (the causal mask and attention scores grow with the square of the
length) is far larger than RAM plus swap; refused at once the same way.

  python repro.py --at-run-time           # one forward pass over 2**18 tokens at once
  python repro.py --at-run-time --fixed   # the same tokens in windows of 1024, one at a time
"""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM

# embed_tokens alone: 2**31 rows x 4096 x 4 bytes = 32 TiB.
CONFIG = LlamaConfig(vocab_size=2**31, hidden_size=4096, intermediate_size=11008, num_hidden_layers=1,
                     num_attention_heads=32, num_key_value_heads=32, tie_word_embeddings=True)


# A model of a few kilobytes: only the input is large.
SMALL = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                    num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=2**18)
LENGTH, WINDOW = 2**18, 1024


def at_run_time(fixed: bool) -> None:
    torch.manual_seed(0)
    model = LlamaForCausalLM(SMALL).eval()
    model.config._attn_implementation = "eager"   # scores materialised as a length x length tensor
    ids = torch.randint(0, SMALL.vocab_size, (1, LENGTH))
    with torch.no_grad():
        if not fixed:
            model(input_ids=ids)
            return
        windows = 0
        for start in range(0, LENGTH, WINDOW):   # less at once: each window is a separate forward
            model(input_ids=ids[:, start:start + WINDOW])
            windows += 1
    print(f"fixed: {LENGTH} tokens processed in {windows} windows of {WINDOW} tokens")


def main() -> None:
    if "--at-run-time" in sys.argv[1:]:
        at_run_time("--fixed" in sys.argv[1:])
        return
    if "--fixed" in sys.argv[1:]:
        with torch.device("meta"):  # what from_pretrained does before it streams weights to their devices
            model = LlamaForCausalLM(CONFIG)
        print(f"fixed: built on the meta device: {model.model.embed_tokens.weight.device}, no host memory allocated")
        return
    LlamaForCausalLM(CONFIG)


if __name__ == "__main__":
    main()
