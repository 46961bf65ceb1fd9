#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce transformers' "Using `bitsandbytes` ... quantization requires ..." on a CPU.

from_pretrained(..., quantization_config=BitsAndBytesConfig(...)) asks the
bitsandbytes quantizer to validate the environment before anything is
loaded (validate_environment in quantizers/quantizer_bnb_4bit.py and
quantizer_bnb_8bit.py). It needs accelerate, then bitsandbytes at or above
transformers' BITSANDBYTES_MIN_VERSION (0.46.1 in 5.17/5.18). This script
saves a tiny Llama built from a config and loads it quantised; nothing is
downloaded. Run it in an environment without bitsandbytes (4-bit: the
bitsandbytes message) or without accelerate (--load-in-8bit: the accelerate
message, which transformers checks first).

  python repro.py                 # 4-bit, fails: requires bitsandbytes
  python repro.py --load-in-8bit  # 8-bit, fails: requires accelerate (when it is absent)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import AutoModelForCausalLM, BitsAndBytesConfig, LlamaConfig, LlamaForCausalLM


def build_tiny_model(root: str) -> str:
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
    )
    path = os.path.join(root, "tiny-llama")
    LlamaForCausalLM(config).save_pretrained(path)
    return path


def main() -> None:
    if "--load-in-8bit" in sys.argv[1:]:
        quantization_config = BitsAndBytesConfig(load_in_8bit=True)
    else:
        quantization_config = BitsAndBytesConfig(load_in_4bit=True)
    with tempfile.TemporaryDirectory() as root:
        AutoModelForCausalLM.from_pretrained(build_tiny_model(root), quantization_config=quantization_config)


if __name__ == "__main__":
    main()
