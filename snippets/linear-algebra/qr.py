# --8<-- [start:code]
import torch

torch.manual_seed(0)
A = torch.randn(5, 3, dtype=torch.float64)
Q, R = torch.linalg.qr(A)  # mode="reduced": Q is 5x3, R is 3x3
torch.set_printoptions(precision=3)
print("Q shape:", tuple(Q.shape), " R shape:", tuple(R.shape))
print("R (upper triangular):\n", R)
I3 = torch.eye(3, dtype=torch.float64)
print(f"max |Q^T Q - I| = {(Q.T @ Q - I3).abs().max():.1e}")
print(f"max |Q R - A|   = {(Q @ R - A).abs().max():.1e}")

# mode="complete" adds 2 more orthonormal columns to make Q square
Qc, Rc = torch.linalg.qr(A, mode="complete")
print("complete: Q", tuple(Qc.shape), " R", tuple(Rc.shape))
print(
    "Qc^T Qc == I:",
    torch.allclose(Qc.T @ Qc, torch.eye(5, dtype=torch.float64)),
)
# --8<-- [end:code]

# --8<-- [start:check]
assert Q.shape == (5, 3) and R.shape == (3, 3)
assert torch.equal(R, R.triu())
assert torch.allclose(Q.T @ Q, torch.eye(3, dtype=torch.float64))
assert torch.allclose(Q @ R, A)
assert Qc.shape == (5, 5) and Rc.shape == (5, 3)
assert torch.allclose(Qc.T @ Qc, torch.eye(5, dtype=torch.float64))
assert torch.allclose(Qc @ Rc, A)
assert torch.allclose(Rc[3:], torch.zeros(2, 3, dtype=torch.float64))
# The columns of Q span the same space as the columns of A: projecting A onto it changes nothing
assert torch.allclose(Q @ (Q.T @ A), A)
# --8<-- [end:check]
