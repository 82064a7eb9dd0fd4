# Keras 3 on TensorFlow: tf.GradientTape. A complete script.

# --8<-- [start:pinn]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
t = np.linspace(0.0, 2.0, 64, dtype="float32").reshape(-1, 1)  # collocation points, no targets


class ODEModel(keras.Model):
    """Learns u(t) with du/dt = -u and u(0) = 1 (the solution is exp(-t))."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = keras.metrics.Mean(name="loss")

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
        self.optimizer.apply(gradients, self.trainable_variables)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]


inputs = keras.Input(shape=(1,))
hidden = keras.layers.Dense(16, activation="tanh")(inputs)
model = ODEModel(inputs, keras.layers.Dense(1)(keras.layers.Dense(16, activation="tanh")(hidden)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01))
losses = model.fit(t, epochs=20, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:pinn]
