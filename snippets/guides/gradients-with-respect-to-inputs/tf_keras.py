# Gradients with respect to inputs, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras`
# is tf-keras. Each block is a complete script.

# --8<-- [start:fails]
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(2,))
hidden = tf.keras.layers.Dense(8, activation="tanh")(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))


def penalised_loss(y_true, y_pred):
    with tf.GradientTape() as tape:
        tape.watch(model.input)  # a KerasTensor from building the model, not this batch
        output = model(model.input)
    input_gradient = tape.gradient(output, model.input)
    return tf.reduce_mean(tf.square(y_true - y_pred)) + tf.reduce_mean(tf.square(input_gradient))


model.compile(optimizer="adam", loss=penalised_loss)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:fails]

# --8<-- [start:penalty]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)


class GradientPenaltyModel(tf.keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = tf.keras.metrics.Mean(name="loss")

    def train_step(self, data):
        x, y = data  # this batch: tensors the tapes can watch
        with tf.GradientTape() as tape:
            with tf.GradientTape() as input_tape:
                input_tape.watch(x)
                y_pred = self(x, training=True)
            input_gradient = input_tape.gradient(y_pred, x)  # d y_pred / d x, shape (batch, 2)
            penalty = tf.reduce_mean(tf.reduce_sum(tf.square(input_gradient), axis=1))
            loss = tf.reduce_mean(tf.square(y - y_pred)) + 0.01 * penalty
        gradients = tape.gradient(loss, self.trainable_variables)  # through the penalty too
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]


inputs = tf.keras.Input(shape=(2,))
hidden = tf.keras.layers.Dense(8, activation="tanh")(inputs)
model = GradientPenaltyModel(inputs, tf.keras.layers.Dense(1)(hidden))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05))
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:penalty]

# --8<-- [start:pinn]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
t = np.linspace(0.0, 2.0, 64, dtype="float32").reshape(-1, 1)  # collocation points, no targets


class ODEModel(tf.keras.Model):
    """Learns u(t) with du/dt = -u and u(0) = 1 (the solution is exp(-t))."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = tf.keras.metrics.Mean(name="loss")

    def train_step(self, data):
        t = data  # fit(t): the batch is the points alone
        with tf.GradientTape() as tape:
            with tf.GradientTape() as t_tape:
                t_tape.watch(t)
                u = self(t, training=True)
            du_dt = t_tape.gradient(u, t)
            residual = tf.reduce_mean(tf.square(du_dt + u))  # the ODE, on this batch's points
            initial = tf.reduce_mean(tf.square(self(tf.zeros((1, 1)), training=True) - 1.0))
            loss = residual + initial
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]


inputs = tf.keras.Input(shape=(1,))
hidden = tf.keras.layers.Dense(16, activation="tanh")(inputs)
model = ODEModel(inputs, tf.keras.layers.Dense(1)(tf.keras.layers.Dense(16, activation="tanh")(hidden)))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01))
losses = model.fit(t, epochs=20, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:pinn]

# --8<-- [start:saliency]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(128, 4).astype("float32")
y = (x[:, 0] > 0.5).astype("int32")  # only feature 0 decides the class

model = tf.keras.Sequential(
    [tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(16, activation="relu"), tf.keras.layers.Dense(2)]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.05),
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
losses = model.fit(x, y, epochs=5, batch_size=32, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

samples = tf.convert_to_tensor(x[:8])  # concrete values, after training: an eager tape
with tf.GradientTape() as tape:
    tape.watch(samples)
    scores = model(samples)[:, 1]  # the logit of class 1
saliency = tf.abs(tape.gradient(scores, samples))  # (8, 4)
print("saliency:", saliency.shape, "| most salient feature:", int(tf.argmax(tf.reduce_mean(saliency, 0))))
# --8<-- [end:saliency]
