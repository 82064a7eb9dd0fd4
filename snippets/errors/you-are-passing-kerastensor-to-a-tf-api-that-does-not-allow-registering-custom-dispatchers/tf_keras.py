# --8<-- [start:reproduce]
import tensorflow as tf
import tf_keras


@tf.function
def scale(t):
    return t * 2.0


inputs = tf_keras.Input(shape=(3,), name="features")
scaled = scale(inputs)  # tf.function does not dispatch to tf-keras
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


@tf.function
def scale(t):
    return t * 2.0


class Scale(tf_keras.layers.Layer):
    def call(self, t):
        return scale(t)  # inside `call`, `t` is a TensorFlow tensor, not a KerasTensor


inputs = tf_keras.Input(shape=(3,), name="features")
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(Scale()(inputs)))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:closure_loss]
import numpy as np
import tensorflow as tf
import tf_keras

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,), name="features")
hidden = tf_keras.layers.Dense(4, activation="relu")(inputs)
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(hidden))


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:closure_loss]

# --8<-- [start:closure_fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class ActivationPenalty(tf_keras.layers.Layer):
    """Adds 0.01 * mean(h**2) to the training loss, computed on each batch's activations."""

    def call(self, h):
        self.add_loss(0.01 * tf.reduce_mean(tf.square(h)))
        return h


inputs = tf_keras.Input(shape=(3,), name="features")
hidden = tf_keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty()(hidden)
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:closure_fix]
