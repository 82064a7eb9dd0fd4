# --8<-- [start:encoder]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 8).astype("float32")  # 64 samples, 8 features in [0, 1]


def sample(args):
    z_mean, z_log_var = args
    epsilon = keras.random.normal(keras.ops.shape(z_mean))
    return z_mean + keras.ops.exp(0.5 * z_log_var) * epsilon


inputs = keras.Input(shape=(8,))
h = keras.layers.Dense(16, activation="relu")(inputs)
z_mean = keras.layers.Dense(2)(h)
z_log_var = keras.layers.Dense(2)(h)
z = keras.layers.Lambda(sample, output_shape=(2,))([z_mean, z_log_var])
h = keras.layers.Dense(16, activation="relu")(z)
outputs = keras.layers.Dense(8, activation="sigmoid")(h)
vae = keras.Model(inputs, outputs)
print(type(z_mean).__name__, z_mean.shape)
# --8<-- [end:encoder]


# --8<-- [start:closure]
def vae_loss(y_true, y_pred):
    reconstruction = keras.losses.binary_crossentropy(y_true, y_pred)
    kl = -0.5 * keras.ops.sum(
        1 + z_log_var - keras.ops.square(z_mean) - keras.ops.exp(z_log_var), axis=-1
    )  # z_mean and z_log_var: the KerasTensors from building the model
    return reconstruction + kl


vae.compile(optimizer="adam", loss=vae_loss)
vae.fit(x, x, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:closure]

# --8<-- [start:model_add_loss]
kl = -0.5 * keras.ops.sum(1 + z_log_var - keras.ops.square(z_mean) - keras.ops.exp(z_log_var), axis=-1)
vae.add_loss(keras.ops.mean(kl))
# --8<-- [end:model_add_loss]


# --8<-- [start:sampling_layer]
class Sampling(keras.layers.Layer):
    """Draws z from N(z_mean, exp(z_log_var)) and adds the KL divergence to the loss."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(1337)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        kl = -0.5 * keras.ops.sum(
            1 + z_log_var - keras.ops.square(z_mean) - keras.ops.exp(z_log_var), axis=-1
        )
        self.add_loss(keras.ops.mean(kl))  # this batch's real z_mean and z_log_var
        epsilon = keras.random.normal(keras.ops.shape(z_mean), seed=self.seed_generator)
        return z_mean + keras.ops.exp(0.5 * z_log_var) * epsilon


inputs = keras.Input(shape=(8,))
h = keras.layers.Dense(16, activation="relu")(inputs)
z_mean = keras.layers.Dense(2, name="z_mean")(h)
z_log_var = keras.layers.Dense(2, name="z_log_var")(h)
z = Sampling()([z_mean, z_log_var])
h = keras.layers.Dense(16, activation="relu")(z)
outputs = keras.layers.Dense(8, activation="sigmoid")(h)
vae = keras.Model(inputs, outputs)

vae.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy")
history = vae.fit(x, x, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

encoder = keras.Model(inputs, [z_mean, z_log_var])
means, log_vars = encoder.predict(x, verbose=0)
print("latent codes:", means.shape)
vae(x[:16])
print("loss terms added by the last call:", len(vae.losses))
# --8<-- [end:sampling_layer]
