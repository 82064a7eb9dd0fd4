# --8<-- [start:tensorflow]
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
x = tf.constant(np.random.rand(4, 3).astype("float32"))

# Keras 2: K.gradients(model.output, model.input) on the graph, run in a session
with tf.GradientTape() as tape:
    tape.watch(x)  # x is not a variable: ask the tape to record it
    y = model(x)
grad = tape.gradient(y, x)
print("d output / d input:", grad.shape, "| equals the kernel:",
      np.allclose(grad[0], model.layers[0].kernel.numpy()[:, 0]))  # fmt: skip
# --8<-- [end:tensorflow]

# --8<-- [start:jax]
import jax
import keras
import numpy as np

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
x = np.random.rand(4, 3).astype("float32")

# Keras 2: K.gradients(model.output, model.input); JAX differentiates a function
grad = jax.grad(lambda x: model(x).sum())(x)
print("d output / d input:", grad.shape, "| equals the kernel:",
      np.allclose(grad[0], keras.ops.convert_to_numpy(model.layers[0].kernel)[:, 0]))  # fmt: skip
# --8<-- [end:jax]

# --8<-- [start:torch]
import keras
import numpy as np
import torch

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
x = torch.tensor(np.random.rand(4, 3).astype("float32"), requires_grad=True)

# Keras 2: K.gradients(model.output, model.input); PyTorch: backward() fills x.grad
model(x).sum().backward()
print("d output / d input:", tuple(x.grad.shape), "| equals the kernel:",
      np.allclose(x.grad[0].numpy(), keras.ops.convert_to_numpy(model.layers[0].kernel)[:, 0]))  # fmt: skip
# --8<-- [end:torch]
