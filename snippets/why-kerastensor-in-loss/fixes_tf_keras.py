# The same fixes in tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-keras.
# Each block is a complete script.

# --8<-- [start:add_loss_layer]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class ActivationPenalty(tf.keras.layers.Layer):
    """Adds 0.01 * mean(h**2) to the training loss, computed on each batch's real activations."""

    def call(self, h):
        self.add_loss(0.01 * tf.reduce_mean(tf.square(h)))
        return h


inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty()(hidden)
outputs = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, outputs)

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:add_loss_layer]

# --8<-- [start:multi_output]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
prediction = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, [prediction, hidden])


def activation_penalty(unused_y_true, h):
    return 0.01 * tf.reduce_mean(tf.square(h), axis=-1)  # h: this batch's activations


model.compile(
    optimizer="adam",
    loss=["mean_squared_error", activation_penalty],  # one loss per output, in order
)
targets = [y, np.zeros((64, 4), "float32")]  # the penalty ignores its target
losses = model.fit(x, targets, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:multi_output]

# --8<-- [start:compute_loss]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class InputAwareModel(tf.keras.Model):
    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None):
        loss = super().compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        prior = tf.reduce_sum(x, axis=1, keepdims=True)  # x: this batch's inputs
        return loss + 0.1 * tf.reduce_mean(tf.square(y_pred - prior))


inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
model = InputAwareModel(inputs, tf.keras.layers.Dense(1)(hidden))

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compute_loss]

# --8<-- [start:sample_weight]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
importance = np.random.rand(64).astype("float32")  # one number per sample, known before training

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
# Keras multiplies each sample's loss by its weight: the batch's own slice of `importance`.
losses = model.fit(x, y, sample_weight=importance, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:sample_weight]
