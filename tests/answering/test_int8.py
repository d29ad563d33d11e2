"""Int8 linear layers: close to fp32, and each output row independent of the rest of the batch."""

import pytest
import torch

from pcd.answering.int8 import Int8Linear, int8_available, to_int8


def test_close_to_the_float_layer_and_independent_of_the_batch():
    torch.manual_seed(0)
    layer = torch.nn.Linear(64, 32)
    q = Int8Linear.from_linear(layer)
    x = torch.randn(2, 9, 64)
    x[1] *= 100  # a row of large activations would set one shared scale for the whole batch
    if not int8_available():
        pytest.skip("this torch build has no int8 matrix product on the CPU")
    y = q(x)
    assert y.shape == (2, 9, 32)
    assert torch.allclose(y[0], layer(x[0]), atol=0.05)
    assert torch.equal(q(x[:1]), y[:1])


def test_to_int8_keeps_the_head_in_float():
    model = torch.nn.Sequential()
    model.add_module("body", torch.nn.Linear(8, 8))
    model.add_module("classifier", torch.nn.Linear(8, 3))
    to_int8(model)
    assert isinstance(model.body, Int8Linear) and isinstance(model.classifier, torch.nn.Linear)
