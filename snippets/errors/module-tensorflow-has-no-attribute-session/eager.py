# --8<-- [start:eager]
import tensorflow as tf

product = tf.constant(2.0) * 3  # computed now: no graph, no session
print(product.numpy())  # was: sess.run(product)
# --8<-- [end:eager]
