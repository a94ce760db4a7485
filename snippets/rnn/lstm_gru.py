# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 7, 2, 4, 5
x = torch.randn(L, N, H_in)

lstm = nn.LSTM(H_in, H)
# an LSTM carries two states: h (output) and c (cell)
output, (h_n, c_n) = lstm(x)
print(
    "LSTM output",
    tuple(output.shape),
    "h_n",
    tuple(h_n.shape),
    "c_n",
    tuple(c_n.shape),
)
print(
    "LSTM weight_ih_l0",
    tuple(lstm.weight_ih_l0.shape),
    "= 4 gates (i, f, g, o) stacked",
)

gru = nn.GRU(H_in, H)
output, h_n = gru(x)  # a GRU has only h, like nn.RNN
print("GRU  output", tuple(output.shape), "h_n", tuple(h_n.shape))
print(
    "GRU  weight_ih_l0",
    tuple(gru.weight_ih_l0.shape),
    "= 3 gates (r, z, n) stacked",
)

# one (H, H_in) block per gate
W_ii, W_if, W_ig, W_io = lstm.weight_ih_l0.chunk(4)
print("one gate's block:", tuple(W_if.shape))
# --8<-- [end:code]

# --8<-- [start:check]
assert (
    lstm(x)[0].shape == (L, N, H)
    and h_n.shape == (1, N, H)
    and c_n.shape == (1, N, H)
)
assert lstm.weight_ih_l0.shape == (4 * H, H_in) and lstm.weight_hh_l0.shape == (
    4 * H,
    H,
)
assert gru.weight_ih_l0.shape == (3 * H, H_in) and gru.weight_hh_l0.shape == (
    3 * H,
    H,
)
assert W_if.shape == (H, H_in)
# the pitfall: `output, h_n = lstm(x)` makes h_n the tuple (h_n, c_n), so h_n[-1] is c_n
_, state = lstm(x)
assert isinstance(state, tuple) and torch.equal(state[-1], lstm(x)[1][1])
# one GRU step by hand: h' = (1 - z) * n + z * h, gates in the order r, z, n
h0 = torch.randn(N, H)
gi = x[0] @ gru.weight_ih_l0.T + gru.bias_ih_l0
gh = h0 @ gru.weight_hh_l0.T + gru.bias_hh_l0
(i_r, i_z, i_n), (h_r, h_z, h_n_) = gi.chunk(3, 1), gh.chunk(3, 1)
r, z = torch.sigmoid(i_r + h_r), torch.sigmoid(i_z + h_z)
n = torch.tanh(i_n + r * h_n_)
assert torch.allclose(
    (1 - z) * n + z * h0, gru(x[:1], h0.unsqueeze(0))[0][0], atol=1e-6
)
# --8<-- [end:check]
