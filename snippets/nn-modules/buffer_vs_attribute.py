# --8<-- [start:code]
import torch
from torch import nn


class PlainAttribute(nn.Module):
    def __init__(self):
        super().__init__()
        # a plain tensor: the Module does not know it exists
        self.scale = torch.rand(4)

    def forward(self, x):
        return x * self.scale


class WithBuffer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("scale", torch.rand(4))  # registered state

    def forward(self, x):
        return x * self.scale


torch.manual_seed(0)
x = torch.ones(4)
for cls in (PlainAttribute, WithBuffer):
    model = cls()
    print(f"{cls.__name__}: state_dict keys {list(model.state_dict())}")
    rebuilt = cls()  # e.g. the same model rebuilt in another process
    rebuilt.load_state_dict(model.state_dict())
    print(
        "  rebuilt copy gives the same output:",
        torch.equal(rebuilt(x), model(x)),
    )
    # .to(device) / .to(dtype) walks parameters and buffers only
    model.to(torch.float64)
    print("  scale dtype after .to(float64):", model.scale.dtype)
# --8<-- [end:code]

# --8<-- [start:check]
torch.manual_seed(0)
plain, buffered = PlainAttribute(), WithBuffer()
assert list(plain.state_dict()) == [] and list(buffered.state_dict()) == [
    "scale"
]
plain_copy, buffered_copy = PlainAttribute(), WithBuffer()
plain_copy.load_state_dict(plain.state_dict())
buffered_copy.load_state_dict(buffered.state_dict())
assert not torch.equal(plain_copy(x), plain(x))
assert torch.equal(buffered_copy(x), buffered(x))
plain.to(torch.float64)
buffered.to(torch.float64)
assert (
    plain.scale.dtype == torch.float32 and buffered.scale.dtype == torch.float64
)
# --8<-- [end:check]
