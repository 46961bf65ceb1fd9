#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "FlashAttention2 has been toggled on, but it cannot be used" on a CPU.

from_pretrained(..., attn_implementation="flash_attention_2") checks for the
flash-attn package before it builds the model
(PreTrainedModel._flash_attn_import_error in transformers 5.x). This
environment has neither flash-attn nor the `kernels` package that transformers
would fall back to, so the check raises at once. The model is a tiny Llama
built from a config and saved to a temporary folder: nothing is downloaded.

  python repro.py          # fails with the ImportError
  python repro.py --fixed  # asks for attn_implementation="sdpa": loads
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM


def build_tiny_model(root: str) -> str:
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
    )
    path = os.path.join(root, "tiny-llama")
    LlamaForCausalLM(config).save_pretrained(path)
    return path


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    # The fix: PyTorch's scaled_dot_product_attention needs no extra package and runs on any device.
    attn_implementation = "sdpa" if fixed else "flash_attention_2"
    with tempfile.TemporaryDirectory() as root:
        model = AutoModelForCausalLM.from_pretrained(build_tiny_model(root), attn_implementation=attn_implementation)
    if fixed:
        print(f"fixed: loaded with attn_implementation {model.config._attn_implementation}")


if __name__ == "__main__":
    main()
