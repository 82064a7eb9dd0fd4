# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
outputs = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` belongs to the model being built: it is not this batch's activations
    penalty = tf.reduce_mean(tf.square(hidden))
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * penalty


model.compile(optimizer="adam", loss=loss_with_penalty)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
model.fit(x, y, epochs=2, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf


class ActivityPenalty(tf.keras.layers.Layer):
    """Adds a penalty on the activations that flow through it, batch by batch."""

    def call(self, hidden):
        self.add_loss(0.01 * tf.reduce_mean(tf.square(hidden)))
        return hidden


tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
outputs = tf.keras.layers.Dense(1)(ActivityPenalty()(hidden))
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]
