"""Int8 linear layers in which every output row depends on its own input row only.

``torch.ao`` dynamic quantisation rounds a whole batch with one activation scale, so a (question, scenario)
pair's answer moved with whatever else shared its batch: scored alone rather than batched, 5 of 100 dev pairs
changed label and probabilities moved by up to 0.35. :class:`Int8Linear` gives each token row of the input its
own scale (and each output channel of the weight its own), multiplies in int8 with exact int32 sums
(``torch._int_mm``), then rescales: a token's output no longer depends on the other rows of the batch, and the
rounding is finer than one scale per tensor.

Measured with the shipped answerer by ``python scripts/measure_int8.py --data ../shared/data/sharc`` (labels
unused): agreement with the fp32 model's labels 0.992 on the 1,803 ShARC-train pairs and 0.986 on the 657
dev_visible pairs (one activation scale per tensor, weights per channel, three fp32 layers: 0.971 and 0.947);
a pair scored alone moves by at most ~0.01 in probability (float rounding in the fp32 attention, amplified by
int8 rounding) instead of 0.35; ~300 pairs/s batched on this 2-core CPU, as before (fp32: ~150).

    >>> import torch
    >>> layer = torch.nn.Linear(16, 4)
    >>> q = Int8Linear.from_linear(layer)
    >>> x = torch.randn(3, 16)
    >>> bool(torch.allclose(q(x), layer(x), atol=0.05))
    True
    >>> bool(torch.equal(q(x[:1]), q(x)[:1]))  # a row alone is the same row in a batch
    True
"""

from __future__ import annotations

from functools import cache

import torch

__all__ = ["Int8Linear", "int8_available", "to_int8"]


class Int8Linear(torch.nn.Module):
    """``y = x W^T + b`` with ``x`` rounded to int8 per row and ``W`` per output channel."""

    def __init__(self, weight_int8: torch.Tensor, weight_scale: torch.Tensor, bias: torch.Tensor):
        super().__init__()
        self.register_buffer("weight_t", weight_int8.t().contiguous())  # (in, out), as torch._int_mm wants
        self.register_buffer("weight_scale", weight_scale.float())
        self.register_buffer("bias", bias.float())

    @classmethod
    def from_linear(cls, linear: torch.nn.Linear) -> "Int8Linear":
        w = linear.weight.detach().float()
        scale = w.abs().amax(dim=1).clamp(min=1e-12) / 127
        q = torch.round(w / scale[:, None]).clamp(-127, 127).to(torch.int8)
        bias = linear.bias.detach() if linear.bias is not None else torch.zeros(w.shape[0])
        return cls(q, scale, bias)

    @property
    def in_features(self) -> int:
        return self.weight_t.shape[0]

    @property
    def out_features(self) -> int:
        return self.weight_t.shape[1]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, x.shape[-1]).float()
        scale = rows.abs().amax(dim=1, keepdim=True).div_(127).clamp_(min=1e-12)
        q = torch.div(rows, scale).round_().to(torch.int8)
        y = torch._int_mm(q, self.weight_t).float()
        y.mul_(scale).mul_(self.weight_scale).add_(self.bias)
        return y.view(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, int8 per token and channel"


@cache
def int8_available() -> bool:
    """Whether this torch build multiplies int8 matrices on the CPU (``torch._int_mm``)."""
    try:
        a = torch.ones(17, 32, dtype=torch.int8)
        return bool(torch._int_mm(a, torch.ones(32, 8, dtype=torch.int8))[0, 0] == 32)
    except (AttributeError, RuntimeError, NotImplementedError):
        return False


def to_int8(model: torch.nn.Module, skip: tuple[str, ...] = ("classifier",)) -> torch.nn.Module:
    """``model`` with its Linear layers replaced by :class:`Int8Linear` in place, except those whose name
    starts with one of ``skip`` (the 3-way classifier head is tiny and kept fp32)."""
    for parent_name, parent in list(model.named_modules()):
        for name, child in list(parent.named_children()):
            full = f"{parent_name}.{name}" if parent_name else name
            if isinstance(child, torch.nn.Linear) and not full.startswith(skip):
                setattr(parent, name, Int8Linear.from_linear(child))
    return model
