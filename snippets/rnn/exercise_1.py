# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 6, 3, 4, 5
lstm = nn.LSTM(H_in, H)
x = torch.randn(L, N, H_in)
output, (h_n, c_n) = lstm(x)

h, c = torch.zeros(N, H), torch.zeros(N, H)
steps = []
for x_t in x:
    gates = (
        x_t @ lstm.weight_ih_l0.T
        + lstm.bias_ih_l0
        + h @ lstm.weight_hh_l0.T
        + lstm.bias_hh_l0
    )
    # PyTorch's order: input, forget, cell candidate, output
    i, f, g, o = gates.chunk(4, dim=1)
    i, f, g, o = (
        torch.sigmoid(i),
        torch.sigmoid(f),
        torch.tanh(g),
        torch.sigmoid(o),
    )
    # keep part of the old cell, add part of the new candidate
    c = f * c + i * g
    h = o * torch.tanh(c)  # expose part of the cell as the hidden state
    steps.append(h)

print("outputs match:", torch.allclose(torch.stack(steps), output, atol=1e-6))
print("h_n matches:  ", torch.allclose(h, h_n[0], atol=1e-6))
print("c_n matches:  ", torch.allclose(c, c_n[0], atol=1e-6))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(torch.stack(steps), output, atol=1e-6)
assert torch.allclose(h, h_n[0], atol=1e-6) and torch.allclose(
    c, c_n[0], atol=1e-6
)
# --8<-- [end:check]
