# --8<-- [start:code]
def intensity_matmul(n, bytes_per_number=4):
    """FLOPs per byte moved for C = A @ B with n x n matrices."""
    flops = 2 * n**3  # n*n outputs, each n multiplies and n adds
    moved = 3 * n * n * bytes_per_number  # read A and B, write C
    return flops / moved


def intensity_add(n, bytes_per_number=4):
    flops = n * n  # one add per element
    moved = 3 * n * n * bytes_per_number
    return flops / moved


for n in (64, 512, 4096):
    matmul, add = intensity_matmul(n), intensity_add(n)
    print(f"n={n:>4}: matmul {matmul:7.1f} FLOP/byte, add {add:.3f} FLOP/byte")
# --8<-- [end:code]

# --8<-- [start:check]
assert intensity_matmul(4096) / intensity_matmul(64) == 64
assert intensity_add(64) == intensity_add(4096)
# --8<-- [end:check]
