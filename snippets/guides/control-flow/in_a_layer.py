# Control flow inside Layer.call, and ops.fori_loop at functional level. keras.ops only: each block runs
# on TensorFlow, JAX and PyTorch. Each block is a complete script.

# --8<-- [start:in_a_layer]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class DoubleIfPositive(keras.layers.Layer):
    def call(self, h):  # h: this batch's tensor, on every backend
        return keras.ops.cond(keras.ops.sum(h) > 0, lambda: h * 2, lambda: h)


inputs = keras.Input(shape=(3,))
hidden = DoubleIfPositive()(keras.layers.Dense(3)(inputs))
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:in_a_layer]

# --8<-- [start:fori_loop]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(3)(inputs)
hidden = keras.ops.fori_loop(0, 3, lambda i, h: h * 0.5, hidden)  # on a KerasTensor: a symbolic op
print("fori_loop returned:", type(hidden).__name__, hidden.shape)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fori_loop]
