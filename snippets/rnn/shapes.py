# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H = 7, 2, 4, 5  # sequence length, batch, input size, hidden size
for name, kwargs in [
    ("default", {}),
    ("batch_first", {"batch_first": True}),
    ("num_layers=3", {"num_layers": 3}),
    ("bidirectional", {"bidirectional": True}),
    (
        "all three",
        {"num_layers": 3, "bidirectional": True, "batch_first": True},
    ),
]:
    rnn = nn.RNN(H_in, H, **kwargs)
    x = torch.randn(N, L, H_in) if rnn.batch_first else torch.randn(L, N, H_in)
    output, h_n = rnn(x)
    shapes = f"output {tuple(output.shape)}, h_n {tuple(h_n.shape)}"
    print(f"{name:13} x {tuple(x.shape)} -> {shapes}")

# Bidirectional: which slice of `output` is the final state of each direction?
forward_last = output[:, -1, :H]  # forward direction ends at the last time step
# backward direction ends at the first time step
backward_last = output[:, 0, H:]
print("h_n[-2] == output[:, -1, :H]:", torch.allclose(h_n[-2], forward_last))
print("h_n[-1] == output[:, 0, H:]: ", torch.allclose(h_n[-1], backward_last))
print(
    "h_n[-1] == output[:, -1, H:]:", torch.allclose(h_n[-1], output[:, -1, H:])
)
# --8<-- [end:code]

# --8<-- [start:check]
D = 2
# batch_first only moves the batch dimension of input/output
assert output.shape == (N, L, D * H)
# h_n is never batch-first: (D * num_layers, N, H)
assert h_n.shape == (3 * D, N, H)
for kwargs, out_shape, h_shape in [
    ({}, (L, N, H), (1, N, H)),
    ({"batch_first": True}, (N, L, H), (1, N, H)),
    ({"num_layers": 3}, (L, N, H), (3, N, H)),
    ({"bidirectional": True}, (L, N, 2 * H), (2, N, H)),
]:
    m = nn.RNN(H_in, H, **kwargs)
    o, hn = m(
        torch.randn(N, L, H_in) if m.batch_first else torch.randn(L, N, H_in)
    )
    assert o.shape == out_shape and hn.shape == h_shape, kwargs
assert torch.allclose(h_n[-2], forward_last) and torch.allclose(
    h_n[-1], backward_last
)
assert not torch.allclose(h_n[-1], output[:, -1, H:])
# h_n is ordered (layer, direction): view(num_layers, D, N, H) separates them
per_layer = h_n.view(3, D, N, H)
assert torch.equal(per_layer[-1, 0], h_n[-2]) and torch.equal(
    per_layer[-1, 1], h_n[-1]
)
# h_0 keeps its batch in dim 1 even with batch_first=True: a batch-first h_0 is rejected
m = nn.RNN(H_in, H, num_layers=3, batch_first=True)
try:
    m(torch.randn(N, L, H_in), torch.zeros(N, 3, H))
    raise AssertionError("a (N, num_layers, H) initial state should fail")
except RuntimeError:
    pass
m(torch.randn(N, L, H_in), torch.zeros(3, N, H))
# --8<-- [end:check]
