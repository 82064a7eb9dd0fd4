# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(4, 3))
swapped = inputs.transpose((0, 2, 1))  # a NumPy array's method
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 4, 3).astype("float32")
y = x.sum(axis=(1, 2))[:, None]

inputs = keras.Input(shape=(4, 3))
swapped = keras.ops.transpose(inputs, (0, 2, 1))  # a function of keras.ops: a new KerasTensor
outputs = keras.layers.Dense(1)(keras.layers.Flatten()(swapped))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(inputs.shape, "->", swapped.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:numpy]
import keras

inputs = keras.Input(shape=(3,))
values = inputs.numpy()
# --8<-- [end:numpy]

# --8<-- [start:input]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
print(hidden.input)  # a tensor, not the layer that made it
# --8<-- [end:input]

# --8<-- [start:input_fix]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
layer = model.get_layer("hidden")  # the layer, which has .input and .output
print(type(layer).__name__, layer.input.shape, "->", layer.output.shape)
# --8<-- [end:input_fix]

# --8<-- [start:op]
import keras

inputs = keras.Input(shape=(3,))
print(inputs.op.name)  # TensorFlow 1 graph code: the op that made the tensor
# --8<-- [end:op]
