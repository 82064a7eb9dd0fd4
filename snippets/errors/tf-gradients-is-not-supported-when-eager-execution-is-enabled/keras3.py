# --8<-- [start:reproduce]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
images = tf.constant(np.random.rand(4, 3).astype("float32"))

score = model(images)
saliency = tf.gradients(score, images)  # TensorFlow 1 graph-mode gradients
# --8<-- [end:reproduce]

# --8<-- [start:tape]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
images = tf.constant(np.random.rand(4, 3).astype("float32"))

with tf.GradientTape() as tape:
    tape.watch(images)  # a constant input is not watched by default, variables are
    score = model(images)
saliency = tape.gradient(score, images)
print(saliency.shape, bool(np.isfinite(saliency.numpy()).all()))
# --8<-- [end:tape]

# --8<-- [start:train_step]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class TapeModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = keras.metrics.Mean(name="loss")

    @property
    def metrics(self):
        return [self.loss_tracker]

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            loss = keras.ops.mean(keras.ops.square(y - self(x, training=True)))
        gradients = tape.gradient(loss, self.trainable_variables)  # was: tf.gradients(loss, variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}


inputs = keras.Input(shape=(3,))
model = TapeModel(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer="sgd")
history = model.fit(x, y, epochs=5, batch_size=64, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:train_step]

# --8<-- [start:k_gradients]
import keras
import numpy as np
import tensorflow as tf
from tensorflow.keras import backend as K  # with Keras 3: keras/_tf_keras/keras/backend

print("keras.backend.gradients:", hasattr(keras.backend, "gradients"))
print("tf.keras.backend.gradients:", K.gradients.__module__)
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
images = tf.constant(np.random.rand(4, 3).astype("float32"))

score = model(images)
saliency = K.gradients(score, images)  # calls tf.compat.v1.gradients
# --8<-- [end:k_gradients]

# --8<-- [start:tf_function]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
images = tf.constant(np.random.rand(4, 3).astype("float32"))


@tf.function  # traced into a graph, which tf.gradients can walk back through
def saliency_map(images):
    score = model(images)
    return tf.gradients(score, images)[0]


saliency = saliency_map(images)
print(saliency.shape, bool(np.isfinite(saliency.numpy()).all()))
# --8<-- [end:tf_function]
