# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
length = keras.ops.size(inputs[0])  # the length of one sample, as a KerasTensor
window = keras.ops.bartlett(length)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
length = inputs.shape[-1]  # the static shape: a Python int
windows = {  # tensors with values
    "bartlett": keras.ops.bartlett(length),
    "hamming": keras.ops.hamming(length),
    "hanning": keras.ops.hanning(length),
    "kaiser": keras.ops.kaiser(length, beta=14.0),
    "blackman": keras.ops.blackman(length),
}
print(type(length).__name__, {name: tuple(w.shape) for name, w in windows.items()})
window = windows["hamming"]
print("hamming:", keras.ops.convert_to_numpy(window).round(2))

model = keras.Model(inputs, keras.layers.Dense(1)(inputs * window))
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:hamming]
import keras

inputs = keras.Input(shape=(3,))
window = keras.ops.hamming(keras.ops.size(inputs[0]))
# --8<-- [end:hamming]

# --8<-- [start:hanning]
import keras

inputs = keras.Input(shape=(3,))
window = keras.ops.hanning(keras.ops.size(inputs[0]))
# --8<-- [end:hanning]

# --8<-- [start:kaiser]
import keras

inputs = keras.Input(shape=(3,))
window = keras.ops.kaiser(keras.ops.size(inputs[0]), beta=14.0)
# --8<-- [end:kaiser]

# --8<-- [start:blackman]
import keras

inputs = keras.Input(shape=(3,))
window = keras.ops.blackman(keras.ops.size(inputs[0]))
# --8<-- [end:blackman]
