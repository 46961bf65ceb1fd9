#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce transformers' "Loading a GPTQ/AWQ quantized model requires ..." on a CPU.

A GPTQ or AWQ checkpoint says so in config.json ("quantization_config" with
"quant_method": "gptq" or "awq"). from_pretrained then builds the matching
quantizer, which checks for its backend packages before loading any weight:
optimum and gptqmodel for GPTQ, gptqmodel for AWQ in transformers 5.x
(quantizers/quantizer_gptq.py, quantizer_awq.py). This script saves a tiny
Llama built from a config, adds such a quantization_config, and loads it in
an environment without those packages; nothing is downloaded.

  python repro.py        # GPTQ config: requires optimum
  python repro.py --awq  # AWQ config: requires gptqmodel
"""
import json
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM

# What GPTQ and AWQ exports write into config.json (values as in common 4-bit checkpoints).
GPTQ = {"quant_method": "gptq", "bits": 4, "group_size": 128, "desc_act": False, "sym": True}
AWQ = {"quant_method": "awq", "bits": 4, "group_size": 128, "zero_point": True, "version": "gemm"}


def build_quantized_config_model(root: str, quantization_config: dict) -> str:
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
    )
    path = os.path.join(root, "tiny-quantized")
    LlamaForCausalLM(config).save_pretrained(path)
    with open(os.path.join(path, "config.json")) as f:
        saved = json.load(f)
    saved["quantization_config"] = quantization_config
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(saved, f)
    return path


def main() -> None:
    quantization_config = AWQ if "--awq" in sys.argv[1:] else GPTQ
    with tempfile.TemporaryDirectory() as root:
        AutoModelForCausalLM.from_pretrained(build_quantized_config_model(root, quantization_config))


if __name__ == "__main__":
    main()
