#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Sampling from a model whose float16 activations overflow.

Builds a tiny Llama from a config (nothing is downloaded) and scales the MLP
output weights so that the residual stream exceeds float16's maximum (65504),
standing in for the activation overflow reported with Llama-2 in float16. The
inf turns into nan at the next RMSNorm, the logits are nan, and
generate(do_sample=True) fails in torch.multinomial.

    python repro.py          # float16: RuntimeError: probability tensor contains ...
    python repro.py --fixed  # same weights loaded in float32: generates
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM


def build(path: str) -> None:
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=128,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=64,
        pad_token_id=0,
        bos_token_id=1,
        eos_token_id=2,
    )
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        # Larger but representable weights (|w| < 300): the first MLP's output
        # reaches ~1e5, fine in float32 but beyond float16's 65504.
        model.model.layers[0].mlp.up_proj.weight.mul_(3000.0)
        model.model.layers[0].mlp.down_proj.weight.mul_(3000.0)
    model.save_pretrained(path)


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as path:
        build(path)
        dtype = torch.float32 if fixed else torch.float16
        model = LlamaForCausalLM.from_pretrained(path, dtype=dtype)
        input_ids = torch.tensor([[1, 5, 6, 7]])
        out = model.generate(input_ids, do_sample=True, max_new_tokens=5, pad_token_id=0)
        if fixed:
            print(f"fixed: loaded in float32, sampled {out.shape[1] - input_ids.shape[1]} new tokens")


if __name__ == "__main__":
    main()
