# --8<-- [start:reproduce]
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
clone = keras.models.clone_model(model, input_tensors=keras.layers.InputLayer(shape=(3,)))
# --8<-- [end:reproduce]

# --8<-- [start:doc]
import keras

argument = next(line for line in keras.models.clone_model.__doc__.splitlines() if "input_tensors:" in line)
print(argument.strip())
# --8<-- [end:doc]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
clone = keras.models.clone_model(model, input_tensors=keras.Input(shape=(3,)))
print(type(clone).__name__, clone.input_shape)
clone.compile(optimizer="adam", loss="mse")
history = clone.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:functional]
import keras

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
layer = keras.layers.InputLayer(shape=(3,), name="features")
clone = keras.models.clone_model(model, input_tensors=[layer])
# --8<-- [end:functional]

# --8<-- [start:functional_fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
clone = keras.models.clone_model(model, input_tensors=keras.Input(shape=(3,), name="features"))
print(type(clone).__name__, clone.input_shape)
clone.compile(optimizer="adam", loss="mse")
history = clone.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:functional_fix]
