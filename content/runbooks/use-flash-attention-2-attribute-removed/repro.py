#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce code that reads transformers' removed flash-attention internals.

Model code copied from, or patched onto, older transformers (remote code, training frameworks,
research repos) reads private attributes that current releases no longer set. A tiny Llama is
built from a config; nothing is downloaded.

  python repro.py                 model.model._use_flash_attention_2 (transformers 4.36-era attribute)
  python repro.py --patched-attn  a patched attention forward calling self._flash_attention_forward,
                                  a method the attention classes no longer have
  python repro.py --fixed         the public way to ask: model.config._attn_implementation
"""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import LlamaConfig, LlamaForCausalLM


def main() -> None:
    config = LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                         num_key_value_heads=2, vocab_size=64)
    model = LlamaForCausalLM(config)
    if "--fixed" in sys.argv:
        uses_fa2 = model.config._attn_implementation == "flash_attention_2"
        print(f"fixed: attention implementation read from the config: {model.config._attn_implementation!r} "
              f"(flash_attention_2: {uses_fa2})")
    elif "--patched-attn" in sys.argv:
        attention = model.model.layers[0].self_attn
        attention._flash_attention_forward(None, None, None, None, 0)
    else:
        print("uses flash-attention 2:", model.model._use_flash_attention_2)


if __name__ == "__main__":
    main()
