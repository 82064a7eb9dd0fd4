# --8<-- [start:keras_ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
squared = keras.ops.square(inputs)  # a Keras operation: returns a KerasTensor, builds the graph
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)

model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print(type(squared).__name__, "| finite loss:", bool(np.isfinite(history.history["loss"]).all()))
# --8<-- [end:keras_ops]


# --8<-- [start:add_loss_layer]
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
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:add_loss_layer]
