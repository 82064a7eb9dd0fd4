# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
layer = hidden._keras_history.layer  # Keras 2: the layer that made `hidden`
# --8<-- [end:reproduce]

# --8<-- [start:fields]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
print(type(hidden._keras_history).__name__, hidden._keras_history._fields)
print(hidden._keras_history.operation.name)
# --8<-- [end:fields]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden_layer = keras.layers.Dense(8, activation="relu", name="hidden")  # keep the layer object
hidden = hidden_layer(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
print(model.get_layer("hidden") is hidden_layer)  # or look it up by name

hidden_layer.trainable = False  # what the layer was looked up for: freeze it, train the head
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
