# --8<-- [start:code]
import torch
from torch import nn


class MultiHead(nn.Module):
    def __init__(self, features, n_layers, head_sizes):
        super().__init__()
        self.weights = nn.ParameterList(
            nn.Parameter(torch.randn(features, features) / features**0.5)
            for _ in range(n_layers)
        )
        self.heads = nn.ParameterDict(
            {
                name: nn.Parameter(torch.randn(features, size))
                for name, size in head_sizes.items()
            }
        )

    def forward(self, x, head):
        for w in self.weights:
            x = torch.tanh(x @ w)
        return x @ self.heads[head]


torch.manual_seed(0)
model = MultiHead(4, n_layers=2, head_sizes={"age": 1, "color": 3})
x = torch.randn(5, 4)
print(
    "color head:", model(x, "color").shape, "| age head:", model(x, "age").shape
)
for name, p in model.named_parameters():
    print(f"{name:14s} {tuple(p.shape)}")
# --8<-- [end:code]

# --8<-- [start:check]
assert model(x, "color").shape == (5, 3) and model(x, "age").shape == (5, 1)
assert [n for n, _ in model.named_parameters()] == [
    "weights.0",
    "weights.1",
    "heads.age",
    "heads.color",
]
assert sum(p.numel() for p in model.parameters()) == 2 * 16 + 4 + 12
# --8<-- [end:check]
