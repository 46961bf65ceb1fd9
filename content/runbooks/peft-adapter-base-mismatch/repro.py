#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0 peft==0.21.0
"""Reproduce a LoRA adapter that does not fit the base model it is loaded onto.

A LoRA adapter (q_proj, v_proj) is saved for a tiny Llama with hidden size 16. Tiny models are
built from configs; nothing is downloaded.

  python repro.py                       PeftModel.from_pretrained onto a Llama with hidden size 32:
                                        "size mismatch for base_model.model....lora_A.default.weight"
  python repro.py --other-architecture  the same adapter onto a GPT-2, which has no q_proj/v_proj:
                                        "Target modules {...} not found in the base model"
  python repro.py --fixed               onto the base the adapter was trained on (same config)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM


def llama(hidden: int) -> LlamaForCausalLM:
    return LlamaForCausalLM(LlamaConfig(hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=1,
                                        num_attention_heads=2, num_key_value_heads=2, vocab_size=64))


def main() -> None:
    torch.manual_seed(0)
    adapter_dir = tempfile.mkdtemp(prefix="tracebook-lora-")
    trained_on = llama(hidden=16)
    lora = get_peft_model(trained_on, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    lora.save_pretrained(adapter_dir)

    if "--other-architecture" in sys.argv:
        base = GPT2LMHeadModel(GPT2Config(n_embd=16, n_layer=1, n_head=2, vocab_size=64))
    elif "--fixed" in sys.argv:
        base = llama(hidden=16)
    else:
        base = llama(hidden=32)
    model = PeftModel.from_pretrained(base, adapter_dir)
    print(f"fixed: loaded the adapter onto {type(model.base_model.model).__name__} "
          f"with hidden size {model.base_model.model.config.hidden_size}, the size it was trained on")


if __name__ == "__main__":
    main()
