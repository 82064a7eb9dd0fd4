# Keras 3 on TensorFlow: tf.GradientTape. A complete script.

# --8<-- [start:penalty]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)


class GradientPenaltyModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = keras.metrics.Mean(name="loss")

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
        self.optimizer.apply(gradients, self.trainable_variables)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]


inputs = keras.Input(shape=(2,))
hidden = keras.layers.Dense(8, activation="tanh")(inputs)
model = GradientPenaltyModel(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:penalty]
