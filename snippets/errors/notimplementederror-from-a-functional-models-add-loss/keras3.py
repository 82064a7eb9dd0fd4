# Runs with Keras 3 (any backend; the page runs it on TensorFlow).
# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)
model.add_loss(0.01 * keras.ops.mean(keras.ops.square(hidden)))  # the Keras 2 idiom
# --8<-- [end:reproduce]

# --8<-- [start:source]
import inspect

import keras
from keras.src.models.functional import Functional  # the class of functional models

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
print(type(model).__name__)  # keras.Model(inputs, outputs) builds a Functional model
print(inspect.getsource(Functional.add_loss))
# --8<-- [end:source]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class ActivationPenalty(keras.layers.Layer):
    """Adds 0.01 * mean(h**2) to the training loss, computed on each batch's real activations."""

    def call(self, h):
        self.add_loss(0.01 * keras.ops.mean(keras.ops.square(h)))
        return h


inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty()(hidden)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
