# Extra inputs to a loss, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-keras.
# Each block is a complete script.

# --8<-- [start:sample_weight]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
weight = np.random.rand(64).astype("float32")  # one number per sample

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, sample_weight=weight, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:sample_weight]

# --8<-- [start:mask]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 5, 3).astype("float32")  # 64 sequences of 5 steps
y = x.sum(axis=-1, keepdims=True)  # one target per step: (64, 5, 1)
mask = (np.random.rand(64, 5) > 0.3).astype("float32")  # 0: padding, no loss at this step

model = tf.keras.Sequential([tf.keras.Input(shape=(5, 3)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
# mean_squared_error returns one value per step, (batch, 5): the mask weighs each of them
history = model.fit(x, y, sample_weight=mask, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

# a masked step does not count: changing its target leaves the loss unchanged
y_changed = np.where(mask[..., None] == 0, 100.0, y).astype("float32")
same = np.isclose(
    model.evaluate(x, y, sample_weight=mask, verbose=0),
    model.evaluate(x, y_changed, sample_weight=mask, verbose=0),
)
print("masked targets ignored:", bool(same))
# --8<-- [end:mask]

# --8<-- [start:compute_loss]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")  # per sample: predictions above it are penalised


class BoundedModel(tf.keras.Model):
    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None):  # no `training` in Keras 2
        loss = super().compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        bound = x[1]  # x: this batch's inputs, both of them; x[1] is the bound
        return loss + tf.reduce_mean(tf.nn.relu(y_pred - bound))


features = tf.keras.Input(shape=(3,), name="features")
bound_input = tf.keras.Input(shape=(1,), name="bound")  # read by the loss only, not by a layer
model = BoundedModel([features, bound_input], tf.keras.layers.Dense(1)(features))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit([x, bound], y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compute_loss]

# --8<-- [start:endpoint]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")


class BoundedLossEndpoint(tf.keras.layers.Layer):
    """Adds the whole loss with add_loss and passes the prediction through."""

    def call(self, y_pred, y_true, bound):
        squared_error = tf.reduce_mean(tf.square(y_true - y_pred))
        self.add_loss(squared_error + tf.reduce_mean(tf.nn.relu(y_pred - bound)))
        return y_pred


features = tf.keras.Input(shape=(3,), name="features")
targets = tf.keras.Input(shape=(1,), name="targets")  # the targets are an input too
bound_input = tf.keras.Input(shape=(1,), name="bound")
prediction = tf.keras.layers.Dense(1)(features)
outputs = BoundedLossEndpoint()(prediction, targets, bound_input)
training_model = tf.keras.Model([features, targets, bound_input], outputs)
training_model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05))  # no loss: add_loss has it
history = training_model.fit([x, y, bound], epochs=3, batch_size=16, verbose=0)  # no y
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

inference_model = tf.keras.Model(features, prediction)  # same layers, needs features only
print("prediction:", inference_model.predict(x, verbose=0).shape)
# --8<-- [end:endpoint]

# --8<-- [start:closure]
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")

features = tf.keras.Input(shape=(3,))
bound_input = tf.keras.Input(shape=(1,))
model = tf.keras.Model([features, bound_input], tf.keras.layers.Dense(1)(features))


def bounded_loss(y_true, y_pred):  # closes over bound_input: a KerasTensor, not this batch's values
    return tf.reduce_mean(tf.square(y_true - y_pred)) + tf.reduce_mean(tf.nn.relu(y_pred - bound_input))


model.compile(optimizer="adam", loss=bounded_loss)
model.fit([x, bound], y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:closure]
