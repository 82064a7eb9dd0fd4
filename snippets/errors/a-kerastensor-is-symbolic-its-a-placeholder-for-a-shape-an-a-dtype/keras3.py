# --8<-- [start:reproduce]
import keras
import numpy as np

inputs = keras.Input(shape=(3,))
logs = np.log1p(inputs)  # a NumPy function on a KerasTensor
# --8<-- [end:reproduce]

# --8<-- [start:fix_ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
logs = keras.ops.log1p(inputs)  # the keras.ops twin of np.log1p: a new KerasTensor
model = keras.Model(inputs, keras.layers.Dense(1)(logs))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(logs).__name__, logs.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix_ops]

# --8<-- [start:float]
import keras

inputs = keras.Input(shape=(3,))
mean = float(keras.ops.mean(inputs))  # to center the inputs
# --8<-- [end:float]

# --8<-- [start:int]
import keras

inputs = keras.Input(shape=(3,))
units = int(keras.ops.sum(inputs))
# --8<-- [end:int]

# --8<-- [start:fix_numbers]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

normalize = keras.layers.Normalization()
normalize.adapt(x)  # the mean and variance, computed from the data

inputs = keras.Input(shape=(3,))
units = inputs.shape[-1]  # a size is in the static shape, a Python int
hidden = keras.layers.Dense(units, activation="relu")(normalize(inputs))
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("units:", units, type(units).__name__)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix_numbers]
