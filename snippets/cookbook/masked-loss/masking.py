# --8<-- [start:data]
import keras
import numpy as np

keras.utils.set_random_seed(0)
tokens = np.random.randint(1, 10, size=(64, 6))  # 64 sequences of 6 token ids, 0 is padding
lengths = np.random.randint(2, 7, size=64)
for row, length in enumerate(lengths):
    tokens[row, length:] = 0
targets = (tokens / 10).astype("float32")[..., None]  # one number per step: (64, 6, 1)
real = tokens != 0
padded_rows = np.flatnonzero(lengths < 6)[:2]  # two sequences with padding, to look at
print(tokens[padded_rows])
# --8<-- [end:data]

# --8<-- [start:mask_in_loss]
PAD = -1.0  # a target value that never occurs in real data
padded_targets = np.where(real[..., None], targets, PAD).astype("float32")


def masked_squared_error(y_true, y_pred):
    mask = keras.ops.cast(keras.ops.not_equal(y_true, PAD), y_pred.dtype)
    squared = keras.ops.square(y_true - y_pred) * mask
    # Mean over the real steps of each sequence: one value per sample.
    return keras.ops.sum(squared, axis=(1, 2)) / keras.ops.maximum(keras.ops.sum(mask, axis=(1, 2)), 1.0)


model = keras.Sequential(
    [
        keras.Input(shape=(6,), dtype="int32"),
        keras.layers.Embedding(10, 4),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=masked_squared_error)
history = model.fit(tokens, padded_targets, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

pred = model.predict(tokens[:1], verbose=0)
by_hand = float(np.mean(((pred - targets[:1])[real[:1]]) ** 2))  # real steps of sequence 0 only
in_loss = masked_squared_error(padded_targets[:1], pred)[0]
print("loss == mean over the real steps:", np.isclose(in_loss, by_hand))
# --8<-- [end:mask_in_loss]

# --8<-- [start:keras_masking]
model = keras.Sequential(
    [
        keras.Input(shape=(6,), dtype="int32"),
        keras.layers.Embedding(10, 4, mask_zero=True),  # token 0 -> mask False
        keras.layers.Dense(8, activation="relu"),  # Dense passes the mask on
        keras.layers.Dense(1),
    ]
)
print(keras.ops.convert_to_numpy(model.layers[0].compute_mask(tokens[padded_rows])))

model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
history = model.fit(tokens, targets, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

junk_at_padding = np.where(real[..., None], targets, 999.0).astype("float32")
loss_zeros = model.evaluate(tokens, targets, batch_size=64, verbose=0)
loss_junk = model.evaluate(tokens, junk_at_padding, batch_size=64, verbose=0)
pred = model.predict(tokens, verbose=0)
print("padding targets ignored:", np.isclose(loss_zeros, loss_junk))
print("loss == mean over all real steps:", np.isclose(loss_zeros, np.mean(((pred - targets)[real]) ** 2)))
# --8<-- [end:keras_masking]


# --8<-- [start:reduced_loss]
def sequence_mean_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=(1, 2))  # (batch,): steps gone


model.compile(loss=sequence_mean_error)
model.evaluate(tokens, targets, batch_size=64, verbose=0)
# --8<-- [end:reduced_loss]


# --8<-- [start:mask_dropped]
class Doubling(keras.layers.Layer):  # no `self.supports_masking = True`
    def call(self, h):
        return 2.0 * h


model = keras.Sequential(
    [
        keras.Input(shape=(6,), dtype="int32"),
        keras.layers.Embedding(10, 4, mask_zero=True),
        Doubling(),
        keras.layers.Dense(1),
    ]
)
model.compile(loss="mean_squared_error")
loss_zeros = model.evaluate(tokens, targets, batch_size=64, verbose=0)
loss_junk = model.evaluate(tokens, junk_at_padding, batch_size=64, verbose=0)
print("padding targets ignored:", np.isclose(loss_zeros, loss_junk))
# --8<-- [end:mask_dropped]
