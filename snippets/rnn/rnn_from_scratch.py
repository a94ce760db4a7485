# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
seq_len, batch, input_size, hidden_size = 5, 3, 4, 6
rnn = nn.RNN(input_size, hidden_size)  # one layer, tanh, batch_first=False
x = torch.randn(seq_len, batch, input_size)  # (L, N, H_in)
h0 = torch.zeros(1, batch, hidden_size)  # (num_layers, N, H_out)
output, h_n = rnn(x, h0)

# The same recurrence, one time step at a time, with nn.RNN's own weights
W_ih, W_hh = rnn.weight_ih_l0, rnn.weight_hh_l0  # (H, H_in), (H, H)
b_ih, b_hh = rnn.bias_ih_l0, rnn.bias_hh_l0  # (H,), (H,)
h = h0[0]  # (N, H)
steps = []
for x_t in x:  # iterating over dim 0 walks through time
    h = torch.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    steps.append(h)
my_output = torch.stack(steps)  # (L, N, H)

print("output shape:", tuple(output.shape), " h_n shape:", tuple(h_n.shape))
print(f"max |output - loop|: {(output - my_output).abs().max().item():.1e}")
print(f"max |h_n - last h|:  {(h_n[0] - h).abs().max().item():.1e}")
print("h_n equals output[-1]:", torch.equal(h_n[0], output[-1]))
# --8<-- [end:code]

# --8<-- [start:check]
assert output.shape == (5, 3, 6) and h_n.shape == (1, 3, 6)
assert torch.allclose(output, my_output, atol=1e-6)
assert torch.allclose(h_n[0], h, atol=1e-6)
assert torch.equal(h_n[0], output[-1])
# --8<-- [end:check]
