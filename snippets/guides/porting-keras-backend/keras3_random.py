# --8<-- [start:random]
import keras
from keras import ops

# K.random_normal(shape, stddev=0.1, seed=1) -> keras.random.normal
noise = keras.random.normal((2, 3), stddev=0.1, seed=1)
print("shape:", ops.shape(noise), "| same seed, same draw:",
      bool(ops.all(noise == keras.random.normal((2, 3), stddev=0.1, seed=1))))  # fmt: skip


class GaussianNoiseLike(keras.layers.Layer):  # inside a layer: a SeedGenerator, new noise each call
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(1)

    def call(self, x):
        return x + keras.random.normal(ops.shape(x), stddev=0.1, seed=self.seed_generator)


layer = GaussianNoiseLike()
x = ops.zeros((2, 3))
print("two calls differ:", not bool(ops.all(layer(x) == layer(x))))
# --8<-- [end:random]
