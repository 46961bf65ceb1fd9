#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0 peft==0.21.0
"""Reproduce "size mismatch for ...embed_tokens.weight / lm_head.weight" on a CPU.

A tiny Llama (vocabulary 64) is fine-tuned the usual way after adding two tokens:
resize_token_embeddings(66), then saved. Loading those weights into a model built
with the original vocabulary fails:

  python repro.py                       # model.load_state_dict(...) into a 64-token model (torch's message)
  python repro.py --case from-pretrained  # from_pretrained(resized, config=<base config>) (transformers 5 LOAD REPORT)
  python repro.py --case peft           # a LoRA adapter saved after the resize, loaded onto the 64-token base
  python repro.py --fixed [--case ...]  # resize to the checkpoint's vocabulary first / use the saved config
"""
import argparse
import os
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import LlamaConfig, LlamaForCausalLM

DIMS = dict(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
            num_attention_heads=2, num_key_value_heads=2)
ADDED_TOKENS = 2  # e.g. tokenizer.add_special_tokens({"pad_token": ..., "additional_special_tokens": [...]})


def base_model() -> LlamaForCausalLM:
    torch.manual_seed(0)
    return LlamaForCausalLM(LlamaConfig(**DIMS))


def resized_model() -> LlamaForCausalLM:
    model = base_model()
    model.resize_token_embeddings(DIMS["vocab_size"] + ADDED_TOKENS)
    return model


def load_state_dict_case(root: str, fixed: bool) -> None:
    torch.save(resized_model().state_dict(), os.path.join(root, "pytorch_model.bin"))
    model = base_model()  # built from the base config, as a resume or evaluation script does
    state = torch.load(os.path.join(root, "pytorch_model.bin"), map_location="cpu")
    if fixed:
        model.resize_token_embeddings(state["model.embed_tokens.weight"].shape[0])
        print(f"fixed: resized the model to the checkpoint's {model.config.vocab_size} tokens before load_state_dict")
    model.load_state_dict(state)


def from_pretrained_case(root: str, fixed: bool) -> None:
    base_dir, resized_dir = os.path.join(root, "base"), os.path.join(root, "resized")
    base_model().save_pretrained(base_dir)
    resized_model().save_pretrained(resized_dir)
    if fixed:
        model = LlamaForCausalLM.from_pretrained(resized_dir)  # its own config.json says vocab_size=66
        print(f"fixed: from_pretrained used the checkpoint's own config (vocab_size={model.config.vocab_size})")
        return
    LlamaForCausalLM.from_pretrained(resized_dir, config=LlamaConfig.from_pretrained(base_dir))


def peft_case(root: str, fixed: bool) -> None:
    from peft import LoraConfig, PeftModel, get_peft_model

    base_dir, adapter_dir = os.path.join(root, "base"), os.path.join(root, "adapter")
    base_model().save_pretrained(base_dir)
    tuned = LlamaForCausalLM.from_pretrained(base_dir)
    tuned.resize_token_embeddings(DIMS["vocab_size"] + ADDED_TOKENS)
    # peft compares the vocabulary with the base config and saves the resized embed_tokens and lm_head
    # with the adapter ("Setting `save_embedding_layers` to `True`").
    get_peft_model(tuned, LoraConfig(r=2, target_modules=["q_proj", "v_proj"])).save_pretrained(adapter_dir)
    base = LlamaForCausalLM.from_pretrained(base_dir)
    if fixed:
        base.resize_token_embeddings(DIMS["vocab_size"] + ADDED_TOKENS)  # len(tokenizer) of the fine-tuned tokenizer
        print(f"fixed: resized the base model to {base.config.vocab_size} tokens before PeftModel.from_pretrained")
    PeftModel.from_pretrained(base, adapter_dir)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=["load-state-dict", "from-pretrained", "peft"], default="load-state-dict")
    parser.add_argument("--fixed", action="store_true")
    args = parser.parse_args()
    cases = {"load-state-dict": load_state_dict_case, "from-pretrained": from_pretrained_case, "peft": peft_case}
    with tempfile.TemporaryDirectory() as root:
        cases[args.case](root, args.fixed)
    if args.fixed:
        print("fixed: the weights loaded")


if __name__ == "__main__":
    main()
